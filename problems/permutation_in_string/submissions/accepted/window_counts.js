// Fixed window over s2 with letter counts and a count of matching letters.
/**
 * @param {string} s1
 * @param {string} s2
 * @return {boolean}
 */
var checkInclusion = function(s1, s2) {
    const m = s1.length, n = s2.length;
    if (m > n) return false;
    const diff = new Array(26).fill(0);
    for (let i = 0; i < m; i++) {
        diff[s1.charCodeAt(i) - 97]++;
        diff[s2.charCodeAt(i) - 97]--;
    }
    let zeros = diff.filter(x => x === 0).length;
    if (zeros === 26) return true;
    for (let i = m; i < n; i++) {
        const a = s2.charCodeAt(i) - 97, b = s2.charCodeAt(i - m) - 97;
        if (a === b) continue;
        if (diff[a] === 0) zeros--;
        diff[a]--;
        if (diff[a] === 0) zeros++;
        if (diff[b] === 0) zeros--;
        diff[b]++;
        if (diff[b] === 0) zeros++;
        if (zeros === 26) return true;
    }
    return false;
};
