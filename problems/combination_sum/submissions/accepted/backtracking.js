// Backtracking over sorted candidates, reusing the current one.
/**
 * @param {number[]} candidates
 * @param {number} target
 * @return {number[][]}
 */
var combinationSum = function(candidates, target) {
    const nums = [...candidates].sort((a, b) => a - b);
    const result = [];
    const path = [];
    const dfs = (start, remaining) => {
        if (remaining === 0) {
            result.push([...path]);
            return;
        }
        for (let i = start; i < nums.length && nums[i] <= remaining; i++) {
            path.push(nums[i]);
            dfs(i, remaining - nums[i]);
            path.pop();
        }
    };
    dfs(0, target);
    return result;
};
