// Per-user tweet lists merged with a heap for the ten newest
class Twitter {
    int clock = 0;
    unordered_map<int, vector<pair<int,int>>> tweets;
    unordered_map<int, unordered_set<int>> follows;
public:
    Twitter() {}
    void postTweet(int userId, int tweetId) { tweets[userId].push_back({clock++, tweetId}); }
    vector<int> getNewsFeed(int userId) {
        priority_queue<tuple<int,int,int,int>> pq; // time, tweet, user, index
        auto push = [&](int u) {
            auto it = tweets.find(u);
            if (it != tweets.end() && !it->second.empty()) {
                int i = it->second.size() - 1;
                pq.push({it->second[i].first, it->second[i].second, u, i});
            }
        };
        push(userId);
        for (int f : follows[userId]) if (f != userId) push(f);
        vector<int> res;
        while (!pq.empty() && res.size() < 10) {
            auto [t, id, u, i] = pq.top(); pq.pop();
            res.push_back(id);
            if (i > 0) pq.push({tweets[u][i - 1].first, tweets[u][i - 1].second, u, i - 1});
        }
        return res;
    }
    void follow(int followerId, int followeeId) { follows[followerId].insert(followeeId); }
    void unfollow(int followerId, int followeeId) { follows[followerId].erase(followeeId); }
};
