/**
 * What every page and API answer shares, whatever the capability: the GOV.UK Frontend assets, lists that sort,
 * page and download as CSV, charts, and the problem documents (RFC 9457) the API answers with. It depends on no
 * other module, so every module may use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web",
        allowedDependencies = {})
package uk.retain.web;
