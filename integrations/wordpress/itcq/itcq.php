<?php
/**
 * Plugin Name: ITCq IT assessment
 * Description: The ITCq IT self-assessment on your pages, as a block or the [itcq] shortcode, branded from Settings → ITCq.
 * Version: 0.2.0
 * Requires at least: 6.1
 * Requires PHP: 7.4
 * Author: ITCq
 * License: Proprietary
 * Text Domain: itcq
 *
 * @package ITCq
 */

defined( 'ABSPATH' ) || exit;

/** The option holding the settings (one array). */
const ITCQ_OPTION = 'itcq_settings';

/** The keys the settings may hold, in the widget's camelCase names. */
const ITCQ_KEYS = array( 'mspName', 'brandColor', 'logoUrl', 'contactEmail', 'bookingUrl', 'ctaUrl', 'privacyUrl', 'webhook', 'lang', 'mode', 'leadPosition', 'config' );

/** The widget's options a shortcode may name (any other name is passed on as data-<name>). */
const ITCQ_OPTIONS = array( 'mspName', 'brandColor', 'logoUrl', 'contactEmail', 'ctaUrl', 'ctaLabel', 'bookingUrl', 'privacyUrl', 'webhook', 'lang', 'mode', 'buttonLabel', 'leadPosition', 'autoAdvance', 'analytics', 'sendReport', 'hubspotPortal', 'hubspotForm', 'storageKey' );

/**
 * Where leads go: set only in Settings → ITCq, by an administrator. A shortcode cannot set
 * them (nor data-config, which could name another file), so that whoever may write a post
 * cannot send a page's leads elsewhere.
 */
const ITCQ_ADMIN_ONLY = array( 'webhook', 'hubspotPortal', 'hubspotForm', 'config' );

/** The longest text a setting keeps, in characters. */
const ITCQ_MAX_TEXT = 2000;

/** The largest configuration file kept, in bytes. */
const ITCQ_MAX_CONFIG = 262144;

add_action( 'init', 'itcq_init' );
add_action( 'admin_menu', 'itcq_admin_menu' );
add_action( 'admin_enqueue_scripts', 'itcq_admin_enqueue' );
add_action( 'admin_notices', 'itcq_admin_notice' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'itcq_action_links' );

/**
 * Reads the release's manifest (assets/manifest.json) once per request.
 *
 * @return array|null The manifest, or null when it is missing or not a release manifest.
 */
function itcq_manifest() {
	static $manifest = false;
	if ( false === $manifest ) {
		$manifest = null;
		$path     = __DIR__ . '/assets/manifest.json';
		$data     = is_readable( $path ) ? json_decode( (string) file_get_contents( $path ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		if ( is_array( $data ) && isset( $data['loader']['file'], $data['loader']['integrity'], $data['files'] )
			&& is_string( $data['loader']['file'] ) && is_string( $data['loader']['integrity'] ) && is_array( $data['files'] ) ) {
			$manifest = $data;
		}
	}
	return $manifest;
}

/**
 * The address of one file of the release.
 *
 * @param string $name The file's name in the manifest's "files", such as "pkg/itcq_engine.js".
 * @return string The file's URL, or '' when the release or the file is missing.
 */
function itcq_asset_url( $name ) {
	$manifest = itcq_manifest();
	if ( null === $manifest || ! isset( $manifest['files'][ $name ]['file'] ) || ! is_string( $manifest['files'][ $name ]['file'] ) ) {
		return '';
	}
	return plugins_url( 'assets/' . $manifest['files'][ $name ]['file'], __FILE__ );
}

/**
 * The plugin's version, from its header (the build keeps it current).
 *
 * @return string The version, such as "0.1.0".
 */
function itcq_version() {
	static $version = null;
	if ( null === $version ) {
		$header  = get_file_data( __FILE__, array( 'version' => 'Version' ) );
		$version = $header['version'];
	}
	return $version;
}

/**
 * Registers the setting, the shortcode and the block.
 *
 * @return void
 */
function itcq_init() {
	register_setting(
		'itcq',
		ITCQ_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'itcq_sanitize',
			'default'           => array(),
		)
	);
	add_shortcode( 'itcq', 'itcq_shortcode' );
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'itcq_render_block' ) );
}

/**
 * The saved settings.
 *
 * @return array The itcq_settings option (an empty array when unset).
 */
function itcq_settings() {
	$settings = get_option( ITCQ_OPTION, array() );
	return is_array( $settings ) ? $settings : array();
}

/**
 * Cleans the settings before they are saved. The widget's own rules (colours, addresses,
 * emails) are checked by its engine on the settings page and where the assessment shows;
 * here only the shape is kept: known keys, plain text, bounded length, a JSON object.
 *
 * @param mixed $input The submitted settings.
 * @return array The settings to store, without empty values.
 */
function itcq_sanitize( $input ) {
	$input = is_array( $input ) ? $input : array();
	$clean = array();
	foreach ( ITCQ_KEYS as $key ) {
		if ( 'config' === $key || ! isset( $input[ $key ] ) || ! is_scalar( $input[ $key ] ) ) {
			continue;
		}
		$value = trim( mb_substr( wp_strip_all_tags( (string) $input[ $key ] ), 0, ITCQ_MAX_TEXT ) );
		if ( '' !== $value ) {
			$clean[ $key ] = $value;
		}
	}

	$config = isset( $input['config'] ) && is_scalar( $input['config'] ) ? trim( (string) $input['config'] ) : '';
	if ( '' === $config ) {
		return $clean;
	}
	$problem = '';
	if ( strlen( $config ) > ITCQ_MAX_CONFIG ) {
		/* translators: %s: the largest size accepted, such as "256 KB". */
		$problem = sprintf( __( 'The configuration file is larger than %s; paste the file the configurator wrote', 'itcq' ), size_format( ITCQ_MAX_CONFIG ) );
	} else {
		$decoded = json_decode( $config );
		if ( JSON_ERROR_NONE !== json_last_error() ) {
			/* translators: %s: the JSON parser's message, such as "Syntax error". */
			$problem = sprintf( __( 'The configuration file is not valid JSON: %s; paste the file the configurator wrote', 'itcq' ), json_last_error_msg() );
		} elseif ( ! $decoded instanceof stdClass ) {
			$problem = __( 'The configuration file is not a JSON object ({…}); paste the file the configurator wrote', 'itcq' );
		}
	}
	if ( '' === $problem ) {
		$clean['config'] = $config;
		return $clean;
	}
	add_settings_error( ITCQ_OPTION, 'itcq_config', $problem, 'error' );
	$previous = itcq_settings();
	if ( isset( $previous['config'] ) && is_string( $previous['config'] ) && '' !== $previous['config'] ) {
		$clean['config'] = $previous['config'];
	}
	return $clean;
}

/**
 * The data-* attribute name of an option.
 *
 * @param string $key The option's name, camelCase (mspName) or kebab-case (msp-name).
 * @return string The attribute's name (data-msp-name), with only a-z, 0-9 and hyphens.
 */
function itcq_data_name( $key ) {
	$kebab = strtolower( preg_replace( '/[A-Z]/', '-$0', (string) $key ) );
	return 'data-' . trim( preg_replace( '/[^a-z0-9-]/', '', $kebab ), '-' );
}

/**
 * Builds the widget's script tag, with the configuration file right after it when one is set.
 *
 * @param array $overrides Options for this tag (camelCase keys); non-empty ones win over the settings.
 * @return string The HTML: the loader's tag (and the JSON script), or a notice when the release is missing.
 */
function itcq_tag( array $overrides = array() ): string {
	$manifest = itcq_manifest();
	if ( null === $manifest ) {
		$html = "<!-- ITCq: the plugin's files are missing; reinstall the plugin -->";
		if ( current_user_can( 'manage_options' ) ) {
			$html .= '<p class="itcq-missing">' . esc_html__( "ITCq: the plugin's files are missing; reinstall the plugin.", 'itcq' ) . '</p>';
		}
		return $html;
	}

	$settings = itcq_settings();
	$config   = isset( $settings['config'] ) && is_string( $settings['config'] ) ? $settings['config'] : '';
	unset( $settings['config'] );

	$attributes = array(
		'src'         => esc_url( plugins_url( 'assets/' . $manifest['loader']['file'], __FILE__ ) ),
		'integrity'   => $manifest['loader']['integrity'],
		'crossorigin' => 'anonymous',
	);
	foreach ( array( $settings, $overrides ) as $options ) {
		foreach ( $options as $key => $value ) {
			$name  = itcq_data_name( $key );
			$value = is_scalar( $value ) ? trim( (string) $value ) : '';
			if ( 'data-' !== $name && '' !== $value ) {
				$attributes[ $name ] = $value;
			}
		}
	}
	$html = wp_get_script_tag( $attributes );

	$decoded = '' === $config ? null : json_decode( $config );
	if ( $decoded instanceof stdClass ) {
		$json = wp_json_encode( $decoded, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
		if ( false !== $json ) {
			$html .= wp_get_inline_script_tag( $json, array( 'type' => 'application/json' ) );
		}
	}
	return $html;
}

/**
 * The [itcq] shortcode. Option names may be kebab-case (msp-name), snake_case (msp_name) or
 * camelCase (WordPress lower-cases it: mspname); other names are passed on as data-<name>,
 * so that the widget reports them. Where leads go (ITCQ_ADMIN_ONLY) is left to the settings.
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return string The widget's tag.
 */
function itcq_shortcode( $atts ) {
	$known = array();
	foreach ( ITCQ_OPTIONS as $key ) {
		$known[ strtolower( $key ) ] = $key;
	}
	$overrides = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			continue; // A value without a name.
		}
		$name  = strtolower( $name );
		$plain = str_replace( array( '-', '_' ), '', $name );
		$key   = isset( $known[ $plain ] ) ? $known[ $plain ] : str_replace( '_', '-', $name );
		// Decided on the attribute it would become: "_config" and "config-" are data-config too.
		if ( in_array( itcq_data_name( $key ), array_map( 'itcq_data_name', ITCQ_ADMIN_ONLY ), true ) ) {
			continue;
		}
		$overrides[ $key ] = $value;
	}
	return itcq_tag( $overrides );
}

/**
 * Renders the block "itcq/assessment".
 *
 * @param array $attributes The block's attributes (mode, mspName, lang, buttonLabel, leadPosition).
 * @return string The widget's tag.
 */
function itcq_render_block( $attributes ) {
	return itcq_tag( array_intersect_key( (array) $attributes, array_flip( array( 'mode', 'mspName', 'lang', 'buttonLabel', 'leadPosition' ) ) ) );
}

/**
 * Remembers the settings page's hook suffix, as add_options_page() returned it.
 *
 * @param string|false|null $hook The suffix to remember; null to only read it.
 * @return string The suffix; '' before the page is added or when the user cannot see it.
 */
function itcq_settings_hook( $hook = null ) {
	static $suffix = '';
	if ( null !== $hook ) {
		$suffix = (string) $hook;
	}
	return $suffix;
}

/**
 * Adds Settings → ITCq.
 *
 * @return void
 */
function itcq_admin_menu() {
	itcq_settings_hook( add_options_page( 'ITCq', 'ITCq', 'manage_options', 'itcq', 'itcq_settings_page' ) );
}

/**
 * On the settings page only: enqueues its stylesheet and schedules its script.
 *
 * @param string $hook_suffix The current admin page's hook suffix.
 * @return void
 */
function itcq_admin_enqueue( $hook_suffix ) {
	if ( '' === itcq_settings_hook() || itcq_settings_hook() !== $hook_suffix ) {
		return;
	}
	wp_enqueue_style( 'itcq-settings', plugins_url( 'admin/settings.css', __FILE__ ), array(), itcq_version() );
	add_action( 'admin_print_footer_scripts', 'itcq_print_admin_script' );
}

/**
 * Prints the settings page's script, an ES module.
 *
 * @return void
 */
function itcq_print_admin_script() {
	$src = add_query_arg( 'ver', itcq_version(), plugins_url( 'admin/settings.js', __FILE__ ) );
	// wp_get_script_tag() escapes the attributes.
	echo wp_get_script_tag( // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		array(
			'type' => 'module',
			'src'  => esc_url( $src ),
		)
	);
}

/**
 * Warns on the plugins page and the settings page when the release's files are missing.
 *
 * @return void
 */
function itcq_admin_notice() {
	$screen = get_current_screen();
	if ( null !== itcq_manifest() || ! $screen || ! current_user_can( 'manage_options' )
		|| ! in_array( $screen->id, array( 'plugins', itcq_settings_hook() ), true ) ) {
		return;
	}
	printf(
		'<div class="notice notice-error"><p>%s</p></div>',
		esc_html__( "ITCq: the plugin's files (assets/manifest.json) are missing, so no assessment shows; reinstall the plugin from its zip.", 'itcq' )
	);
}

/**
 * Adds a "Settings" link to the plugin's row on the plugins page.
 *
 * @param string[] $links The row's links.
 * @return string[] The links, with Settings first.
 */
function itcq_action_links( $links ) {
	if ( current_user_can( 'manage_options' ) ) {
		array_unshift(
			$links,
			sprintf( '<a href="%s">%s</a>', esc_url( admin_url( 'options-general.php?page=itcq' ) ), esc_html__( 'Settings', 'itcq' ) )
		);
	}
	return $links;
}

/**
 * The settings page's fields.
 *
 * @return array Per setting key: label, description, and choices (a select) or placeholder.
 */
function itcq_fields() {
	return array(
		'mspName'      => array(
			'label'       => __( 'MSP name', 'itcq' ),
			'description' => __( 'Your company name as prospects see it in the assessment and its report.', 'itcq' ),
		),
		'brandColor'   => array(
			'label'       => __( 'Brand colour', 'itcq' ),
			'description' => __( 'The colour of buttons and highlights, such as #0a5c36.', 'itcq' ),
			'placeholder' => '#0a5c36',
		),
		'logoUrl'      => array(
			'label'       => __( 'Logo URL', 'itcq' ),
			'description' => __( 'The https:// address of your logo, shown in the assessment and its report.', 'itcq' ),
		),
		'contactEmail' => array(
			'label'       => __( 'Contact email', 'itcq' ),
			'description' => __( 'The address prospects can write to; shown with the results.', 'itcq' ),
		),
		'bookingUrl'   => array(
			'label'       => __( 'Booking page', 'itcq' ),
			'description' => __( 'Calendly, Cal.com, HubSpot Meetings or Microsoft Bookings address; replaces the call-to-action link.', 'itcq' ),
		),
		'ctaUrl'       => array(
			'label'       => __( 'Call-to-action link', 'itcq' ),
			'description' => __( 'The page the results invite the prospect to, such as your contact page.', 'itcq' ),
		),
		'privacyUrl'   => array(
			'label'       => __( 'Privacy policy', 'itcq' ),
			'description' => __( 'The address of your privacy policy; the lead form links it next to the consent box.', 'itcq' ),
		),
		'webhook'      => array(
			'label'       => __( 'Webhook', 'itcq' ),
			'description' => __( 'https:// endpoint that receives each lead as JSON.', 'itcq' ),
		),
		'lang'         => array(
			'label'       => __( 'Language', 'itcq' ),
			'description' => __( "Automatic: the configuration file's language, otherwise the visitor's browser language.", 'itcq' ),
			'choices'     => array(
				''   => __( 'Automatic', 'itcq' ),
				'en' => 'English',
				'de' => 'Deutsch',
				'es' => 'Español',
			),
		),
		'mode'         => array(
			'label'       => __( 'Mode', 'itcq' ),
			'description' => __( 'Inline shows the assessment in the page; popup shows a button that opens it. A block or shortcode may choose otherwise.', 'itcq' ),
			'choices'     => array(
				'inline' => __( 'Inline', 'itcq' ),
				'popup'  => __( 'Popup button', 'itcq' ),
			),
		),
		'leadPosition' => array(
			'label'       => __( 'Lead form', 'itcq' ),
			'description' => __( "When the assessment asks for the prospect's contact details.", 'itcq' ),
			'choices'     => array(
				''       => __( 'Default', 'itcq' ),
				'start'  => __( 'At the start', 'itcq' ),
				'before' => __( 'Before the results', 'itcq' ),
				'after'  => __( 'After the results', 'itcq' ),
				'off'    => __( 'Off', 'itcq' ),
			),
		),
		'config'       => array(
			'label'       => __( 'Configuration file', 'itcq' ),
			'description' => __( 'Paste the itcq-config.json the configurator (configure.html of the ITCq files) writes; its settings apply unless a field above sets the same thing.', 'itcq' ),
		),
	);
}

/**
 * Prints one field of the settings page as a table row: its control, its description, and
 * the empty places where the settings page's script reports problems.
 *
 * @param string $key   The setting's key.
 * @param array  $field The field, as itcq_fields() describes it.
 * @param string $value The saved value.
 * @return void
 */
function itcq_field_row( $key, array $field, $value ) {
	$id   = 'itcq-' . $key;
	$name = ITCQ_OPTION . '[' . $key . ']';
	$common = sprintf( 'id="%s" name="%s" aria-describedby="%s"', esc_attr( $id ), esc_attr( $name ), esc_attr( $id . '-description' ) );

	printf( '<tr><th scope="row"><label for="%s">%s</label></th><td>', esc_attr( $id ), esc_html( $field['label'] ) );
	if ( isset( $field['choices'] ) ) {
		echo '<select ' . $common . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
		foreach ( $field['choices'] as $choice => $label ) {
			printf( '<option value="%s"%s>%s</option>', esc_attr( $choice ), selected( $value, (string) $choice, false ), esc_html( $label ) );
		}
		echo '</select>';
	} elseif ( 'config' === $key ) {
		printf( '<textarea %s rows="14" class="large-text code" spellcheck="false">%s</textarea>', $common, esc_textarea( $value ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
	} else {
		printf(
			'<input type="text" %s value="%s" class="regular-text" spellcheck="false"%s>',
			$common, // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
			esc_attr( $value ),
			isset( $field['placeholder'] ) ? ' placeholder="' . esc_attr( $field['placeholder'] ) . '"' : ''
		);
	}
	printf( '<p class="description" id="%s">%s</p>', esc_attr( $id . '-description' ), esc_html( $field['description'] ) );
	printf( '<p class="itcq-problem" id="itcq-problem-%s" role="alert" hidden></p>', esc_attr( $key ) );
	if ( 'config' === $key ) {
		echo '<ul class="itcq-problems" id="itcq-problems-config" hidden></ul>';
	}
	echo '</td></tr>';
}

/**
 * Prints Settings → ITCq.
 *
 * @return void
 */
function itcq_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$manifest = itcq_manifest();
	$settings = itcq_settings();
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<div class="card">
			<h2><?php esc_html_e( 'How to use', 'itcq' ); ?></h2>
			<p>
				<?php
				printf(
					/* translators: 1: the shortcode, 2: the shortcode for a popup button. */
					esc_html__( 'In the block editor, add the block “IT assessment (ITCq)”. Elsewhere, use the shortcode %1$s, or %2$s for a button that opens the assessment.', 'itcq' ),
					'<code>[itcq]</code>',
					'<code>[itcq mode="popup"]</code>'
				);
				?>
			</p>
			<p>
				<?php
				if ( null === $manifest ) {
					esc_html_e( "The plugin's files are missing; reinstall the plugin.", 'itcq' );
				} else {
					/* translators: %s: the release's version, such as 0.1.0. */
					echo esc_html( sprintf( __( 'ITCq release %s.', 'itcq' ), isset( $manifest['version'] ) ? (string) $manifest['version'] : '?' ) );
				}
				?>
			</p>
		</div>
		<form method="post" action="options.php" id="itcq-settings"
			data-engine="<?php echo esc_url( itcq_asset_url( 'pkg/itcq_engine.js' ) ); ?>"
			data-engine-wasm="<?php echo esc_url( itcq_asset_url( 'pkg/itcq_engine_bg.wasm' ) ); ?>">
			<?php settings_fields( 'itcq' ); ?>
			<table class="form-table" role="presentation">
				<?php
				foreach ( itcq_fields() as $key => $field ) {
					itcq_field_row( $key, $field, isset( $settings[ $key ] ) ? (string) $settings[ $key ] : '' );
				}
				?>
			</table>
			<p id="itcq-check" role="status" aria-live="polite"></p>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
