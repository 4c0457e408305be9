/**
 * Definition for singly-linked list.
 * function ListNode(val, next) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.next = (next===undefined ? null : next)
 * }
 */
var reverseList = function(head) {
    let prev = null;
    while (head) { const nx = head.next; head.next = prev; prev = head; head = nx; }
    return prev;
};
