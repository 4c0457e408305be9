// Stack of expected closers.
/**
 * @param {string} s
 * @return {boolean}
 */
var isValid = function(s) {
    const pairs = { "(": ")", "[": "]", "{": "}" };
    const stack = [];
    for (const c of s) {
        if (c in pairs) stack.push(pairs[c]);
        else if (stack.pop() !== c) return false;
    }
    return stack.length === 0;
};
