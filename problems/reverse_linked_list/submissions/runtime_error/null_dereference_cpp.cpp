class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        ListNode* prev = nullptr;
        while (head->next) {  // no check for the empty list
            ListNode* next = head->next;
            head->next = prev;
            prev = head;
            head = next;
        }
        head->next = prev;
        return head;
    }
};
