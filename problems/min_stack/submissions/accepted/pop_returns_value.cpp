class MinStack {
    vector<pair<int,int>> st;
public:
    MinStack() {}
    vector<pair<int,int>>& push(int val) {
        st.push_back({val, st.empty() ? val : min(val, st.back().second)});
        return st;
    }
    int pop() { int v = st.back().first; st.pop_back(); return v; }
    int top() { return st.back().first; }
    int getMin() { return st.back().second; }
};
