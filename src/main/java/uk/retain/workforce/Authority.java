package uk.retain.workforce;

/**
 * A local authority, by its DfE 3-digit number ({@code 999} is reserved for test and demo data).
 *
 * @param regionCode ONS region code such as {@code E12000006}, or null
 */
public record Authority(String laCode, String name, String regionCode) {
}
