#!/usr/bin/env python3
"""Retain's supply model (src/main/java/uk/retain/planning/SupplyModel.java) vectorised with numpy, for
`retain bench forecast` (issue 16).

It reads the calibrations the Java side writes (NationalSupply.parameters: for each council what SupplyModel derives
from its Calibration and the levers), runs every council RUNS times for MONTHS months with arrays of shape
[runs, bands] (bands: ASYE, under two years, two to five, five or more), and prints one JSON line: the time of the
runs alone (not numpy's import nor reading the file) and, at the last month, summed over the councils, the mean of
each council's permanent FTE over the runs, its 10th and 90th percentiles, and the mean agency FTE: the figures
`bench forecast` compares with the Java run's.

Random numbers: numpy's Generator(PCG64), one per council, seeded from (seed, the council's place in the file).
The draws are not the Java run's (Well19937c), so the two agree in distribution, not run by run.

    python3 bench/forecast_numpy.py --calibrations FILE --runs 10000 --months 60 --seed 999
"""
import argparse
import json
import sys
import time

import numpy as np

BANDS = 4
SEPTEMBER = 9


def without_replacement(rng, counts, k):
    """k workers drawn one by one from the bands, each with the weight of its count (SupplyModel.pick over counts),
    as a multivariate hypergeometric draw: band by band, how many of the k fall in it and not in the bands after."""
    taken = np.zeros_like(counts)
    left = k.copy()
    remaining = counts.sum(axis=1)
    for b in range(BANDS - 1):
        others = remaining - counts[:, b]
        x = rng.hypergeometric(counts[:, b], others, left)
        taken[:, b] = x
        left -= x
        remaining = others
    taken[:, BANDS - 1] = left
    return taken


def run_council(p, runs, months, rng):
    """One council's runs: permanent and agency FTE at the last month, each of shape [runs]."""
    permanent = np.tile(np.asarray(p["permanent"], dtype=np.int64), (runs, 1))
    agency = np.tile(np.asarray(p["agency"], dtype=np.int64), (runs, 1))
    leaving = np.asarray(p["leaving"])
    progression = np.asarray(p["progression"][:BANDS - 1])
    ending = p["agency_ending"]
    hire_mix = np.asarray(p["hire_mix"])
    agency_mix = np.asarray(p["agency_mix"])
    offers_mean = p["experienced_offers_per_month"]
    acceptance = p["offer_acceptance"]
    nqsw = p["nqsw_per_year"]
    conversions = p["agency_conversions_per_month"]
    whole_conversions = int(np.floor(conversions))
    change = p["agency_change_per_month"]
    path = agency.sum(axis=1).astype(np.float64)
    for month in range(1, months + 1):
        # 1. Permanent workers leave, each with the band's monthly hazard (already lowered by the retention lever).
        permanent -= rng.binomial(permanent, leaving)
        # 2. Agency engagements end, each with the agency hazard.
        agency -= rng.binomial(agency, ending)
        # 3. Workers move on a band with Band.monthlyProgression. SupplyModel goes from the top band down, so every
        #    band's movers are drawn from its count before it receives the band below's: one draw of all bands.
        moving = rng.binomial(permanent[:, :BANDS - 1], progression)
        permanent[:, :BANDS - 1] -= moving
        permanent[:, 1:] += moving
        moving = rng.binomial(agency[:, :BANDS - 1], progression)
        agency[:, :BANDS - 1] -= moving
        agency[:, 1:] += moving
        # 4. After monthsToHire months, offers made (Poisson), each accepted with the acceptance rate, spread over
        #    the bands by the council's mix of hires (one pick each: a multinomial).
        if month > p["months_to_hire"]:
            offers = rng.poisson(offers_mean, runs) if offers_mean > 0 else np.zeros(runs, dtype=np.int64)
            hired = offers if acceptance >= 1 else rng.binomial(offers, acceptance)
            permanent += rng.multinomial(hired, hire_mix)
        # 5. A newly qualified cohort starts as ASYE in September: a Poisson number around the plan.
        if (p["start_month"] - 1 + month) % 12 == SEPTEMBER - 1 and nqsw > 0:
            permanent[:, 0] += rng.poisson(nqsw, runs)
        # 6. Agency workers convert to permanent: the planned number (its whole part, one more with the chance of
        #    its fraction), at most all agency workers, each picked by the bands' counts (without replacement).
        converting = np.full(runs, whole_conversions, dtype=np.int64)
        if conversions > whole_conversions:
            converting += rng.random(runs) < conversions - whole_conversions
        converting = np.minimum(converting, agency.sum(axis=1))
        if converting.any():
            moved = without_replacement(rng, agency, converting)
            agency -= moved
            permanent += moved
        # 7. Agency engagements start or end early to follow the agency path: the headcount on the date, moved by
        #    the lever each month, less those converted (Math.round: half up).
        path = np.maximum(0.0, path + change - converting)
        target = np.floor(path + 0.5).astype(np.int64)
        now = agency.sum(axis=1)
        starting = np.maximum(target - now, 0)
        if starting.any():
            agency += rng.multinomial(starting, agency_mix)
        ending_early = np.maximum(now - target, 0)
        if ending_early.any():
            agency -= without_replacement(rng, agency, ending_early)
    # Workers are counted whole; FTE is their band's FTE per head on the date.
    return permanent @ np.asarray(p["permanent_fte_per_head"]), agency @ np.asarray(p["agency_fte_per_head"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calibrations", required=True, help="the JSON file bench forecast writes")
    parser.add_argument("--runs", type=int, default=10000)
    parser.add_argument("--months", type=int, default=60)
    parser.add_argument("--seed", type=int, default=999)
    args = parser.parse_args()
    with open(args.calibrations, encoding="utf-8") as f:
        councils = json.load(f)
    start = time.perf_counter()
    mean = p10 = p90 = agency_mean = 0.0
    for index, (code, p) in enumerate(councils.items()):
        rng = np.random.Generator(np.random.PCG64([args.seed, index]))
        permanent, agency = run_council(p, args.runs, args.months, rng)
        mean += permanent.mean()
        low, high = np.percentile(permanent, [10, 90])
        p10 += low
        p90 += high
        agency_mean += agency.mean()
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "councils": len(councils), "runs": args.runs, "months": args.months,
                      "numpy": np.__version__, "generator": "PCG64",
                      "mean_permanent_fte": mean, "p10_permanent_fte": p10, "p90_permanent_fte": p90,
                      "mean_agency_fte": agency_mean}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
