// What LeetCode's C++ gives a solution before its first line: bits/stdc++.h (the
// precompiled header, included first by the generated main.cpp), `using namespace std`,
// and the node types the problem's signature names, defined as LeetCode defines them.
// The generated main.cpp defines JUDGE_LISTNODE, JUDGE_TREENODE, JUDGE_GRAPH_NODE or
// JUDGE_RANDOM_NODE for the nodes the problem uses: a solution's own `Node` (a trie's)
// must not meet one of ours it never asked for.
using namespace std;

#ifdef JUDGE_LISTNODE
struct ListNode {
    int val;
    ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode *next) : val(x), next(next) {}
};
#endif

#ifdef JUDGE_TREENODE
struct TreeNode {
    int val;
    TreeNode *left;
    TreeNode *right;
    TreeNode() : val(0), left(nullptr), right(nullptr) {}
    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
    TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
};
#endif

#ifdef JUDGE_GRAPH_NODE
class Node {
public:
    int val;
    vector<Node*> neighbors;
    Node() {
        val = 0;
        neighbors = vector<Node*>();
    }
    Node(int _val) {
        val = _val;
        neighbors = vector<Node*>();
    }
    Node(int _val, vector<Node*> _neighbors) {
        val = _val;
        neighbors = _neighbors;
    }
};
#endif

#ifdef JUDGE_RANDOM_NODE
class Node {
public:
    int val;
    Node* next;
    Node* random;

    Node(int _val) {
        val = _val;
        next = NULL;
        random = NULL;
    }
};
#endif
