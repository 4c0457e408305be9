// expect: runtime_error
var search = function(nums, target) {
    const down = (n) => (n === 0 ? 0 : 1 + down(n - 1));
    return down(1e8);
};
