<?php
/**
 * Deletes the plugin's settings when the plugin is deleted. The settings (the option
 * itcq_settings) are all the plugin stores.
 *
 * @package ITCq
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $itcq_site ) {
		switch_to_blog( $itcq_site );
		delete_option( 'itcq_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'itcq_settings' );
}
delete_site_option( 'itcq_settings' );
