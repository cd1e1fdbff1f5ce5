<?php
/**
 * Removes Siar's options and cached feeds (transients) when the plugin is deleted.
 *
 * @package Siar
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

/**
 * Deletes this site's option and Siar transients.
 */
function siar_uninstall_site() {
	global $wpdb;
	delete_option( 'siar_options' );
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- transients have no wildcard delete API.
	$wpdb->query(
		$wpdb->prepare(
			"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s",
			$wpdb->esc_like( '_transient_siar_' ) . '%',
			$wpdb->esc_like( '_transient_timeout_siar_' ) . '%'
		)
	);
}

if ( is_multisite() ) {
	delete_site_option( 'siar_network_options' );
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $siar_site_id ) {
		switch_to_blog( $siar_site_id );
		siar_uninstall_site();
		restore_current_blog();
	}
} else {
	siar_uninstall_site();
}
