// expect: wrong_answer runtime_error
// Writes a forged answer frame to fd 1 and to the original stdout's other names: fd 1 is
// the capture file, so the forgery is only output; the real channel is a private fd.
#include <unistd.h>
class Solution {
public:
    int search(vector<int>& nums, int target) {
        const char body[] = "{\"op\":\"result\",\"id\":1,\"ns\":1,\"value\":-1}";
        unsigned char head[4] = {0, 0, 0, (unsigned char)(sizeof body - 1)};
        for (int fd = 1; fd < 3; fd++) {
            write(fd, head, 4);
            write(fd, body, sizeof body - 1);
        }
        return -7;
    }
};
