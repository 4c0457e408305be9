// Count subsets summing to (total + target) / 2 with a one-dimensional DP.
/**
 * @param {number[]} nums
 * @param {number} target
 * @return {number}
 */
var findTargetSumWays = function(nums, target) {
    const total = nums.reduce((a, b) => a + b, 0);
    if (Math.abs(target) > total || (total + target) % 2 !== 0) return 0;
    const goal = (total + target) / 2;
    const dp = new Array(goal + 1).fill(0);
    dp[0] = 1;
    for (const x of nums) {
        for (let s = goal; s >= x; s--) dp[s] += dp[s - x];
    }
    return dp[goal];
};
