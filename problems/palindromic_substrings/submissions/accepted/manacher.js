// Manacher's algorithm on the string with separators; each radius adds (r + 1) / 2 palindromes.
/**
 * @param {string} s
 * @return {number}
 */
var countSubstrings = function(s) {
    const t = "^#" + s.split("").join("#") + "#$";
    const n = t.length, p = new Array(n).fill(0);
    let centre = 0, right = 0, count = 0;
    for (let i = 1; i < n - 1; i++) {
        if (i < right) p[i] = Math.min(right - i, p[2 * centre - i]);
        while (t[i + p[i] + 1] === t[i - p[i] - 1]) p[i]++;
        if (i + p[i] > right) { centre = i; right = i + p[i]; }
        count += (p[i] + 1) >> 1;
    }
    return count;
};
