package jp.procurementdesk.notifications.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code desk.messages.*} (docs/conversation.md).
 *
 * @param mailEvery at most one mail per recipient and case this often, listing the messages that came in
 */
@ConfigurationProperties("desk.messages")
record MessageMailProperties(Duration mailEvery) {

}
