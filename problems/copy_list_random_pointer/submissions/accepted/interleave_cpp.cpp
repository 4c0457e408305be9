class Solution {
public:
    Node* copyRandomList(Node* head) {
        if (!head) return nullptr;
        for (Node* p = head; p; p = p->next->next) {
            Node* c = new Node(p->val);
            c->next = p->next;
            p->next = c;
        }
        for (Node* p = head; p; p = p->next->next)
            if (p->random) p->next->random = p->random->next;
        Node* copy = head->next;
        for (Node* p = head; p; p = p->next) {
            Node* c = p->next;
            p->next = c->next;
            c->next = c->next ? c->next->next : nullptr;
        }
        return copy;
    }
};
