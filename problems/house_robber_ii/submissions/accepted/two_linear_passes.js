// The circle is two lines: without the last house, or without the first.
/**
 * @param {number[]} nums
 * @return {number}
 */
var rob = function(nums) {
    if (nums.length === 1) return nums[0];
    const line = (lo, hi) => {
        let prev = 0, cur = 0;
        for (let i = lo; i < hi; i++) [prev, cur] = [cur, Math.max(cur, prev + nums[i])];
        return cur;
    };
    return Math.max(line(0, nums.length - 1), line(1, nums.length));
};
