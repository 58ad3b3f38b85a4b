package nl.adviestracker.report;

import java.util.List;

/** The answered points of one group by stance: what a stance chart draws and its table shows. */
record StanceRow(String group, long answeredPoints, List<ReportRow.StanceShare> stances) {

    static StanceRow of(ReportRow row) {
        return new StanceRow(row.group(), row.answeredPoints(), row.stances());
    }
}
