// expect: time_limit_exceeded
var search = function(nums, target) {
    for (;;) {}
};
