class MinStack {
    private Deque<int[]> st = new ArrayDeque<>();
    public MinStack() {}
    public int push(int val) {
        st.push(new int[]{val, st.isEmpty() ? val : Math.min(val, st.peek()[1])});
        return st.size();
    }
    public int pop() { return st.pop()[0]; }
    public int top() { return st.peek()[0]; }
    public int getMin() { return st.peek()[1]; }
}
