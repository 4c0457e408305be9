var MinStack = function() { this.s = []; };
MinStack.prototype.push = function(val) { const m = this.s.length ? Math.min(val, this.s[this.s.length-1][1]) : val; this.s.push([val, m]); return this.s.length; };
MinStack.prototype.pop = function() { return this.s.pop()[0]; };
MinStack.prototype.top = function() { return this.s[this.s.length-1][0]; };
MinStack.prototype.getMin = function() { return this.s[this.s.length-1][1]; };
