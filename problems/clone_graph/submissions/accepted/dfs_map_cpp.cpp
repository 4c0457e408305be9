/*
// Definition for a Node.
class Node {
public:
    int val;
    vector<Node*> neighbors;
};
*/
class Solution {
    unordered_map<Node*, Node*> copies;
public:
    Node* cloneGraph(Node* node) {
        if (!node) return nullptr;
        if (copies.count(node)) return copies[node];
        Node* copy = new Node(node->val);
        copies[node] = copy;
        for (Node* n : node->neighbors) copy->neighbors.push_back(cloneGraph(n));
        return copy;
    }
};
