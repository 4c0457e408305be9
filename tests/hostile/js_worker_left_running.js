// expect: runtime_error
const { Worker } = require("worker_threads");
var search = function(nums, target) {
    new Worker("for (;;) {}", { eval: true });
    return nums.indexOf(target);
};
