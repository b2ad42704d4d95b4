/**
 * The block "IT assessment (ITCq)" in the editor: a placeholder and its options. The page
 * shows the assessment itself (the block is rendered on the server; save returns null).
 */
( function ( wp ) {
	'use strict';

	const el = wp.element.createElement;
	const __ = wp.i18n.__;
	const { useBlockProps, InspectorControls } = wp.blockEditor;
	const { Placeholder, PanelBody, SelectControl, TextControl } = wp.components;

	/**
	 * The block in the editor.
	 *
	 * @param {Object} props The block's props (attributes, setAttributes).
	 * @return {Object} The element.
	 */
	function edit( props ) {
		const { attributes, setAttributes } = props;
		const popup = attributes.mode === 'popup';
		const set = ( key ) => ( value ) => setAttributes( { [ key ]: value } );

		return el(
			'div',
			useBlockProps(),
			el(
				InspectorControls,
				null,
				el(
					PanelBody,
					{ title: __( 'Assessment', 'itcq' ) },
					el( SelectControl, {
						label: __( 'Mode', 'itcq' ),
						value: attributes.mode,
						options: [
							{ label: __( 'Default from settings', 'itcq' ), value: '' },
							{ label: __( 'Inline', 'itcq' ), value: 'inline' },
							{ label: __( 'Popup button', 'itcq' ), value: 'popup' },
						],
						onChange: set( 'mode' ),
					} ),
					el( TextControl, {
						label: __( 'MSP name', 'itcq' ),
						help: __( 'Leave empty to use Settings → ITCq', 'itcq' ),
						value: attributes.mspName,
						onChange: set( 'mspName' ),
					} ),
					el( SelectControl, {
						label: __( 'Language', 'itcq' ),
						value: attributes.lang,
						options: [
							{ label: __( 'Automatic', 'itcq' ), value: '' },
							{ label: 'English', value: 'en' },
							{ label: 'Deutsch', value: 'de' },
							{ label: 'Español', value: 'es' },
						],
						onChange: set( 'lang' ),
					} ),
					el( SelectControl, {
						label: __( 'Lead form', 'itcq' ),
						value: attributes.leadPosition,
						options: [
							{ label: __( 'Default', 'itcq' ), value: '' },
							{ label: __( 'At the start', 'itcq' ), value: 'start' },
							{ label: __( 'Before the results', 'itcq' ), value: 'before' },
							{ label: __( 'After the results', 'itcq' ), value: 'after' },
							{ label: __( 'Off', 'itcq' ), value: 'off' },
						],
						onChange: set( 'leadPosition' ),
					} ),
					popup &&
						el( TextControl, {
							label: __( 'Button label', 'itcq' ),
							value: attributes.buttonLabel,
							onChange: set( 'buttonLabel' ),
						} )
				)
			),
			el( Placeholder, {
				className: 'itcq-block-placeholder',
				icon: 'chart-bar',
				label: __( 'IT assessment (ITCq)', 'itcq' ),
				instructions:
					( popup
						? __( 'A button opens the assessment on the published page.', 'itcq' )
						: __( 'The assessment shows here on the published page.', 'itcq' ) ) +
					' ' +
					__( 'Branding and contact come from Settings → ITCq.', 'itcq' ),
			} )
		);
	}

	wp.blocks.registerBlockType( 'itcq/assessment', {
		edit,
		save: () => null,
	} );
} )( window.wp );
