// expect: wrong_answer runtime_error
const fs = require("fs");
var search = function(nums, target) {
    const body = Buffer.from(JSON.stringify({ op: "result", id: 1, ns: 1, value: 0 }));
    const head = Buffer.alloc(4);
    head.writeUInt32BE(body.length, 0);
    fs.writeSync(1, Buffer.concat([head, body]));
    return -1;
};
