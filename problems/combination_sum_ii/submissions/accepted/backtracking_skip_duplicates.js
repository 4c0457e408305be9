// Backtracking over sorted candidates, each used once, equal values skipped at one depth.
/**
 * @param {number[]} candidates
 * @param {number} target
 * @return {number[][]}
 */
var combinationSum2 = function(candidates, target) {
    const nums = [...candidates].sort((a, b) => a - b);
    const result = [];
    const path = [];
    const dfs = (start, remaining) => {
        if (remaining === 0) {
            result.push([...path]);
            return;
        }
        for (let i = start; i < nums.length && nums[i] <= remaining; i++) {
            if (i > start && nums[i] === nums[i - 1]) continue;
            path.push(nums[i]);
            dfs(i + 1, remaining - nums[i]);
            path.pop();
        }
    };
    dfs(0, target);
    return result;
};
