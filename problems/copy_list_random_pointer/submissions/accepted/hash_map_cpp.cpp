class Solution {
public:
    Node* copyRandomList(Node* head) {
        unordered_map<Node*, Node*> m;
        for (Node* p = head; p; p = p->next) m[p] = new Node(p->val);
        for (Node* p = head; p; p = p->next) {
            m[p]->next = p->next ? m[p->next] : nullptr;
            m[p]->random = p->random ? m[p->random] : nullptr;
        }
        return head ? m[head] : nullptr;
    }
};
