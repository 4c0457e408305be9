// A Map from key to its [timestamp, value] history; get binary searches it.
var TimeMap = function() {
    this.store = new Map();
};

/**
 * @param {string} key
 * @param {string} value
 * @param {number} timestamp
 * @return {void}
 */
TimeMap.prototype.set = function(key, value, timestamp) {
    if (!this.store.has(key)) this.store.set(key, []);
    this.store.get(key).push([timestamp, value]);
};

/**
 * @param {string} key
 * @param {number} timestamp
 * @return {string}
 */
TimeMap.prototype.get = function(key, timestamp) {
    const list = this.store.get(key);
    if (!list) return "";
    let lo = 0, hi = list.length - 1, res = "";
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid][0] <= timestamp) { res = list[mid][1]; lo = mid + 1; }
        else hi = mid - 1;
    }
    return res;
};

/**
 * Your TimeMap object will be instantiated and called as such:
 * var obj = new TimeMap()
 * obj.set(key,value,timestamp)
 * var param_2 = obj.get(key,timestamp)
 */
