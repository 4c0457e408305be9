// Backtracking: each index is either taken or skipped.
/**
 * @param {number[]} nums
 * @return {number[][]}
 */
var subsets = function(nums) {
    const res = [], path = [];
    const dfs = (i) => {
        if (i === nums.length) { res.push(path.slice()); return; }
        path.push(nums[i]);
        dfs(i + 1);
        path.pop();
        dfs(i + 1);
    };
    dfs(0);
    return res;
};
