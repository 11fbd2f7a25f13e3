package org.neurite.cli.report;

import java.util.Map;

/** The report's HTML frame, its one style sheet (shared with the live page) and escaping. */
public final class Html {
    /** The style of the report and the live page: system fonts, cards, Playground's orange and blue. */
    public static final String STYLE = "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
            + "margin:0;background:#f4f5f7;color:#333}main{max-width:1120px;margin:0 auto;padding:24px}"
            + "header,section{background:#fff;border:1px solid #e1e4e8;border-radius:8px;padding:16px 20px;"
            + "margin-bottom:16px}h1{font-size:22px;margin:0 0 8px}h2{font-size:17px;margin:0 0 8px}"
            + "h3{font-size:14px;margin:12px 0 4px}pre.command{background:#272b33;color:#e6e6e6;padding:10px 12px;"
            + "border-radius:6px;white-space:pre-wrap;word-break:break-all}table.config{border-collapse:collapse;margin:8px 0}"
            + "table.config td{padding:2px 14px 2px 0;vertical-align:top}table.config td:first-child{color:#777}"
            + ".metrics{font-size:15px}.diagnosis{border-left:4px solid #f59322;background:#fff8ef;padding:8px 12px}"
            + ".diagnosis.ok{border-color:#2ca02c;background:#f2fbf2}.diagnosis ul{margin:4px 0;padding-left:18px}"
            + ".finding{background:#fff;border:1px solid #e1e4e8;border-radius:6px;padding:8px 12px;margin:8px 0}"
            + ".finding.primary{border-width:2px}.finding p{margin:4px 0}.severity,.outcome,.cause{display:inline-block;"
            + "padding:0 6px;border-radius:4px;font-size:12px;font-weight:bold;color:#fff}.severity.error{background:#d62728}"
            + ".severity.warning{background:#f59322}.severity.info{background:#1f77b4}.cause{background:#555}"
            + ".outcome.tried{background:#2ca02c}.outcome.failed{background:#d62728}.outcome.untried{background:#999}"
            + "table.evidence,table.remedies{border-collapse:collapse;margin:6px 0;font-size:13px}"
            + "table.evidence td,table.evidence th,table.remedies td,table.remedies th{border:1px solid #e1e4e8;"
            + "padding:2px 8px;text-align:left;vertical-align:top}table.evidence td:last-child{font-family:monospace}"
            + "figure{display:inline-block;margin:6px 10px 6px 0;vertical-align:top}figcaption{font-size:12px;"
            + "color:#666;max-width:560px}.units figure img{width:100px;height:100px;border:1px solid #ccc}"
            + ".units figure.dead figcaption{color:#d62728;font-weight:bold}.swatch{display:inline-block;width:12px;"
            + "height:12px;border:1px solid #999;vertical-align:middle}.swatch.low{background:#f59322}"
            + ".swatch.zero{background:#fff}.swatch.high{background:#0877bd}.scale{font-size:12px;color:#666;margin:0}";

    private Html() {
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title>\n<style>" + STYLE + "</style></head><body><main>\n" + body + "</main></body></html>\n";
    }

    static String table(Map<String, String> rows) {
        StringBuilder sb = new StringBuilder("<table class=\"config\">");
        rows.forEach((k, v) -> sb.append("<tr><td>").append(escape(k)).append("</td><td>").append(escape(v))
                .append("</td></tr>"));
        return sb.append("</table>\n").toString();
    }

    /** Escapes text for HTML content and attribute values. */
    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
