/**
 * The assistant's insides: grounding in the knowledge base, the offline composer and the optional LLM,
 * citation checks, safety (sensitive words, personal data, rate limits), memory in Redis, storage.
 */
@NullMarked
package cn.xiangyang.portal.assistant.internal;

import org.jspecify.annotations.NullMarked;
