// dp[j] = ways to form t[0..j) from the prefix of s seen so far; j walks down to reuse one row.
/**
 * @param {string} s
 * @param {string} t
 * @return {number}
 */
var numDistinct = function(s, t) {
    const m = t.length;
    const dp = new Array(m + 1).fill(0);
    dp[0] = 1;
    for (const c of s) {
        for (let j = m; j >= 1; j--) {
            if (t[j - 1] === c) dp[j] += dp[j - 1];
        }
    }
    return dp[m];
};
