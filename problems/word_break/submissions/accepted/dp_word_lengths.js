// DP over positions, trying only the dictionary's word lengths for the last word.
/**
 * @param {string} s
 * @param {string[]} wordDict
 * @return {boolean}
 */
var wordBreak = function(s, wordDict) {
    const words = new Set(wordDict);
    const lengths = [...new Set(wordDict.map(w => w.length))];
    const dp = new Array(s.length + 1).fill(false);
    dp[0] = true;
    for (let i = 1; i <= s.length; i++) {
        for (const len of lengths) {
            if (len <= i && dp[i - len] && words.has(s.slice(i - len, i))) { dp[i] = true; break; }
        }
    }
    return dp[s.length];
};
