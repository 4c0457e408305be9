// Backtracking with a used flag per position.
/**
 * @param {number[]} nums
 * @return {number[][]}
 */
var permute = function(nums) {
    const res = [], path = [], used = new Array(nums.length).fill(false);
    const dfs = () => {
        if (path.length === nums.length) { res.push(path.slice()); return; }
        for (let i = 0; i < nums.length; i++) {
            if (used[i]) continue;
            used[i] = true; path.push(nums[i]);
            dfs();
            used[i] = false; path.pop();
        }
    };
    dfs();
    return res;
};
