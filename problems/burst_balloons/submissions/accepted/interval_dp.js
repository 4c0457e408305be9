// Interval DP on the last balloon burst in each open range: O(n^3).
/**
 * @param {number[]} nums
 * @return {number}
 */
var maxCoins = function(nums) {
    const vals = [1, ...nums, 1];
    const n = vals.length;
    const dp = Array.from({ length: n }, () => new Array(n).fill(0));
    for (let len = 2; len < n; len++) {
        for (let left = 0; left + len < n; left++) {
            const right = left + len;
            let best = 0;
            for (let k = left + 1; k < right; k++) {
                const coins = dp[left][k] + dp[k][right] + vals[left] * vals[k] * vals[right];
                if (coins > best) best = coins;
            }
            dp[left][right] = best;
        }
    }
    return dp[0][n - 1];
};
