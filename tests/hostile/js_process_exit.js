// expect: runtime_error
var search = function(nums, target) {
    process.exit(0);
};
