// Find the middle, reverse the second half, interleave
class Solution {
public:
    void reorderList(ListNode* head) {
        if (!head || !head->next) return;
        ListNode *slow = head, *fast = head;
        while (fast->next && fast->next->next) { slow = slow->next; fast = fast->next->next; }
        ListNode* prev = nullptr, *cur = slow->next;
        slow->next = nullptr;
        while (cur) { ListNode* nx = cur->next; cur->next = prev; prev = cur; cur = nx; }
        ListNode* a = head, *b = prev;
        while (b) {
            ListNode* an = a->next, *bn = b->next;
            a->next = b; b->next = an;
            a = an; b = bn;
        }
    }
};
