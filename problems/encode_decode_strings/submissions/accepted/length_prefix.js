// Each string as its length, a '#', then the string itself.
/**
 * Encodes a list of strings to a single string.
 *
 * @param {string[]} strs
 * @return {string}
 */
var encode = function(strs) {
    return strs.map((s) => s.length + "#" + s).join("");
};

/**
 * Decodes a single string to a list of strings.
 *
 * @param {string} s
 * @return {string[]}
 */
var decode = function(s) {
    const strs = [];
    let i = 0;
    while (i < s.length) {
        const hash = s.indexOf("#", i);
        const len = Number(s.slice(i, hash));
        strs.push(s.slice(hash + 1, hash + 1 + len));
        i = hash + 1 + len;
    }
    return strs;
};

/**
 * Your functions will be called as such:
 * decode(encode(strs));
 */
