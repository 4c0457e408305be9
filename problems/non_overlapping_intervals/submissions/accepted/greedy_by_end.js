// Sort by end; keep each interval that starts at or after the last kept end.
/**
 * @param {number[][]} intervals
 * @return {number}
 */
var eraseOverlapIntervals = function(intervals) {
    intervals.sort((a, b) => a[1] - b[1]);
    let end = -Infinity, kept = 0;
    for (const [s, e] of intervals) {
        if (s >= end) { kept++; end = e; }
    }
    return intervals.length - kept;
};
