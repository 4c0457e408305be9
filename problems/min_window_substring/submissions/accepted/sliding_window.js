// Sliding window with letter counts and a count of letters still missing.
/**
 * @param {string} s
 * @param {string} t
 * @return {string}
 */
var minWindow = function(s, t) {
    const need = new Map();
    for (const c of t) need.set(c, (need.get(c) || 0) + 1);
    let missing = t.length, bestL = 0, bestLen = Infinity, l = 0;
    for (let r = 0; r < s.length; r++) {
        const c = s[r];
        if (need.has(c)) {
            if (need.get(c) > 0) missing--;
            need.set(c, need.get(c) - 1);
        }
        while (missing === 0) {
            if (r - l + 1 < bestLen) { bestLen = r - l + 1; bestL = l; }
            const d = s[l++];
            if (need.has(d)) {
                need.set(d, need.get(d) + 1);
                if (need.get(d) > 0) missing++;
            }
        }
    }
    return bestLen === Infinity ? "" : s.substr(bestL, bestLen);
};
