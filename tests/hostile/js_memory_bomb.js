// expect: memory_limit_exceeded time_limit_exceeded
var search = function(nums, target) {
    const hoard = [];
    for (;;) hoard.push(new Array(1 << 20).fill(1.5));
};
