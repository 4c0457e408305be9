// Manacher's algorithm on the string interleaved with separators: O(n).
/**
 * @param {string} s
 * @return {string}
 */
var longestPalindrome = function(s) {
    const t = "^#" + s.split("").join("#") + "#$";  // sentinels ^ and $ stop the expansion
    const radius = new Array(t.length).fill(0);
    let centre = 0, right = 0;
    let bestCentre = 0, bestRadius = 0;
    for (let i = 1; i < t.length - 1; i++) {
        if (i < right) radius[i] = Math.min(right - i, radius[2 * centre - i]);
        while (t[i + radius[i] + 1] === t[i - radius[i] - 1]) radius[i]++;
        if (i + radius[i] > right) {
            centre = i;
            right = i + radius[i];
        }
        if (radius[i] > bestRadius) {
            bestRadius = radius[i];
            bestCentre = i;
        }
    }
    const start = (bestCentre - bestRadius) >> 1;
    return s.slice(start, start + bestRadius);
};
