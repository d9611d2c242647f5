package uk.retain.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A workforce forecast as JSON (maps, lists, numbers and strings), the same for the command line and the API. */
public final class ForecastJson {

    private ForecastJson() {
    }

    public static Map<String, Object> of(String laCode, String scenario, WorkforceForecast.Forecast forecast) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("la_code", laCode);
        json.put("date", forecast.date().toString());
        json.put("scenario", scenario);
        json.put("runs", forecast.runs());
        json.put("months", forecast.months());
        json.put("seed", forecast.seed());
        json.put("levers", ScenarioJson.json(forecast.levers()));
        json.put("calibration", calibration(forecast.calibration()));
        List<Object> months = new ArrayList<>();
        for (WorkforceForecast.MonthFigures month : forecast.byMonth()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("month", month.month());
            row.put("month_end", month.monthEnd().toString());
            row.put("caseload_target", month.caseloadTarget());
            month.figures().forEach((figure, quantiles) -> row.put(figure.code(), quantiles(quantiles)));
            months.add(row);
        }
        json.put("by_month", months);
        List<Object> years = new ArrayList<>();
        for (WorkforceForecast.YearCost year : forecast.byYear()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", year.year());
            row.put("from", year.from().toString());
            row.put("to", year.to().toString());
            row.put("cost", quantiles(year.cost()));
            row.put("budget", year.budget());
            years.add(row);
        }
        json.put("by_year", years);
        return json;
    }

    static Map<String, Object> quantiles(Quantiles quantiles) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("p10", quantiles.p10());
        json.put("p50", quantiles.p50());
        json.put("p90", quantiles.p90());
        return json;
    }

    private static Map<String, Object> calibration(Calibration calibration) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> bands = new LinkedHashMap<>();
        for (Band band : Band.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("permanent_headcount", calibration.permanent().get(band).headcount());
            row.put("permanent_fte", round(calibration.permanent().get(band).fte()));
            row.put("agency_headcount", calibration.agency().get(band).headcount());
            row.put("agency_fte", round(calibration.agency().get(band).fte()));
            Calibration.Hazard hazard = calibration.hazards().get(band);
            row.put("leavers", hazard.events());
            row.put("person_months", hazard.personMonths());
            row.put("own_monthly_hazard", hazard.own() == null ? null : round6(hazard.own()));
            row.put("monthly_hazard", round6(hazard.monthly()));
            row.put("hire_share", round6(calibration.hireMix().get(band)));
            bands.put(band.code(), row);
        }
        json.put("bands", bands);
        json.put("national_monthly_hazard", round6(calibration.nationalMonthlyHazard()));
        json.put("prior_person_months", Calibration.PRIOR_PERSON_MONTHS);
        json.put("agency_monthly_ending", round6(calibration.agencyEnding().monthly()));
        json.put("experienced_hires_per_month", round6(calibration.experiencedHiresPerMonth()));
        json.put("nqsw_per_year", round6(calibration.nqswPerYear()));
        json.put("establishment_fte", calibration.establishmentFte() == null ? null
                : round(calibration.establishmentFte()));
        return json;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double round6(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
