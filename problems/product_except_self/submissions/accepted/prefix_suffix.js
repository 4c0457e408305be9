// Prefix products left to right, then multiply by suffix products right to left.
/**
 * @param {number[]} nums
 * @return {number[]}
 */
var productExceptSelf = function(nums) {
    const n = nums.length, res = new Array(n);
    let p = 1;
    for (let i = 0; i < n; i++) { res[i] = p; p *= nums[i]; }
    p = 1;
    for (let i = n - 1; i >= 0; i--) { res[i] *= p; p *= nums[i]; }
    return res;
};
