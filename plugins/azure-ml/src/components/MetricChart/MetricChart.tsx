/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme, type Theme } from '@material-ui/core/styles';
import ZoomInIcon from '@material-ui/icons/ZoomIn';
import ZoomOutIcon from '@material-ui/icons/ZoomOut';
import type { MetricSeries } from '@azure-ml-backstage/plugin-azure-ml-common';
import { formatMetricTime, formatMetricValue } from './formatMetricValue';
import { MetricValuesTable } from './MetricValuesTable';
import {
  formatTick,
  formatTimeTick,
  niceDomain,
  niceTicks,
  niceTimeTicks,
} from './niceTicks';
import { nearestIndex, visibleIndexRange } from './pointLookup';
import {
  fullXRange,
  prepareSeries,
  type MetricChartXAxis,
  type PreparedSeries,
} from './prepareSeries';
import { seriesStyle } from './seriesColors';
import { linearScale, seriesPath, valueExtent } from './seriesPath';
import { useElementWidth } from './useElementWidth';
import {
  clampRange,
  isZoomed,
  minZoomSpan,
  selectionRange,
  zoomBy,
  ZOOM_STEP,
  type XRange,
} from './zoomRange';

/**
 * One line of a {@link MetricChart}: a metric series and the name the
 * legend gives it (for example the run it comes from).
 *
 * @public
 */
export interface MetricChartSeries {
  /** The name of the line in the legend and the readout. */
  label: string;
  /** The metric history to draw. */
  series: MetricSeries;
}

/**
 * Props of {@link MetricChart}.
 *
 * @public
 */
export interface MetricChartProps {
  /**
   * The lines to draw, one colour each. Pass the same objects again to keep
   * the drawn paths: they are rebuilt only when a series or label changes.
   */
  series: MetricChartSeries[];
  /** What the x axis runs over: the training step or the logging time. */
  xAxis: MetricChartXAxis;
  /**
   * The weight of the exponential moving average, from 0 (raw values only)
   * to 0.99; above 0 the smoothed line is drawn over a faint raw line.
   */
  smoothing: number;
  /**
   * The chart's heading and y-axis label.
   *
   * @defaultValue the key of the first series
   */
  title?: string;
  /**
   * The heading element of the title, to fit the page's outline.
   *
   * @defaultValue 'h3'
   */
  titleComponent?: 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  /**
   * The height of the plot in pixels; the width follows the container.
   *
   * @defaultValue 240
   */
  height?: number;
  /**
   * The `data-testid` of the chart's root, which also carries the number of
   * points drawn as `data-points`.
   *
   * @defaultValue `metric-chart-<title>`
   */
  testId?: string;
}

const MARGIN = { top: 12, right: 16, bottom: 44, left: 64 };
const FALLBACK_WIDTH = 560;
const DEFAULT_HEIGHT = 240;
/** A drag shorter than this is a click, not a zoom selection. */
const DRAG_THRESHOLD_PX = 4;
/** About one x tick per this many pixels. */
const PIXELS_PER_X_TICK = 100;

const useStyles = makeStyles((theme: Theme) => ({
  root: {
    minWidth: 0,
  },
  svg: {
    display: 'block',
    overflow: 'visible',
    fontFamily: theme.typography.fontFamily,
    fontSize: 11,
    cursor: 'crosshair',
    userSelect: 'none',
    '&:focus': { outline: 'none' },
    '&:focus-visible': {
      outline: `2px solid ${theme.palette.primary.main}`,
      outlineOffset: 2,
    },
  },
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
  },
  title: {
    flexGrow: 1,
    overflowWrap: 'anywhere',
  },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    listStyle: 'none',
    margin: theme.spacing(0.5, 0),
    padding: 0,
  },
  legendItem: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
  },
  readout: {
    minHeight: '1.5em',
    fontVariantNumeric: 'tabular-nums',
  },
}));

/**
 * Returns the previous array while its items are the same objects, so a
 * caller that builds `series` inline does not rebuild every path each render.
 */
function useStableSeries(series: MetricChartSeries[]): MetricChartSeries[] {
  const last = useRef(series);
  const same =
    last.current.length === series.length &&
    last.current.every(
      (s, i) => s.label === series[i].label && s.series === series[i].series,
    );
  if (!same) last.current = series;
  return last.current;
}

function latestText(s: PreparedSeries): string {
  const i = s.points.length - 1;
  if (i < 0) return 'no values logged';
  return `latest value ${formatMetricValue(s.raw[i])} at step ${
    s.points[i].step
  }`;
}

function chartLabel(title: string, series: readonly PreparedSeries[]): string {
  if (series.length === 1) return `${title}: ${latestText(series[0])}`;
  return `${title}: ${series
    .map(s => `${s.label} ${latestText(s)}`)
    .join('; ')}`;
}

function downsampledCaption(series: readonly PreparedSeries[]): string[] {
  return series
    .filter(s => s.downsampled)
    .map(
      s =>
        `${series.length > 1 ? `${s.label}: s` : 'S'}howing ${
          s.points.length
        } of ${s.totalPoints} points`,
    );
}

/**
 * A line chart of one or more metric series, drawn as SVG: steps or time on
 * the x axis, round ticks on the y axis, zoom by dragging across the plot
 * (or with the zoom buttons and the + and − keys), TensorBoard-style
 * smoothing over the faint raw line, a readout of the nearest point on hover
 * or with the arrow keys, and a table of the newest values on demand.
 *
 * @remarks
 *
 * Each line is one SVG path built once per change of data, axis, zoom or
 * size, so series of thousands of points draw quickly. The root carries
 * `data-points`, the number of points drawn.
 *
 * @public
 */
export function MetricChart(props: MetricChartProps) {
  const {
    xAxis,
    smoothing,
    height = DEFAULT_HEIGHT,
    titleComponent = 'h3',
  } = props;
  const series = useStableSeries(props.series);
  const title = props.title ?? series[0]?.series.key ?? 'Metric';
  const testId = props.testId ?? `metric-chart-${title}`;
  const theme = useTheme();
  const classes = useStyles();
  const baseId = useId().replace(/:/g, '');
  const [containerRef, width] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH);
  const svgRef = useRef<SVGSVGElement>(null);
  const [zoom, setZoom] = useState<{ axis: MetricChartXAxis; range: XRange }>();
  const [cursorX, setCursorX] = useState<number>();
  const [drag, setDrag] = useState<{ from: number; to: number }>();
  const [showTable, setShowTable] = useState(false);

  const prepared = useMemo(
    () => series.map(s => prepareSeries(s.label, s.series, xAxis, smoothing)),
    [series, xAxis, smoothing],
  );
  const full = useMemo(() => fullXRange(prepared, xAxis), [prepared, xAxis]);
  const minSpan = minZoomSpan(full, xAxis === 'step' ? 2 : 1000);
  const xRange =
    zoom && zoom.axis === xAxis ? clampRange(zoom.range, full, minSpan) : full;
  const zoomed = isZoomed(xRange, full);

  const plot = {
    left: MARGIN.left,
    right: Math.max(MARGIN.left + 10, width - MARGIN.right),
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
  };

  const geometry = useMemo(() => {
    const xScale = linearScale(
      [xRange.min, xRange.max],
      [plot.left, plot.right],
    );
    const visible = prepared.map(s =>
      visibleIndexRange(s.xs, xRange.min, xRange.max),
    );
    let extent: [number, number] | undefined;
    prepared.forEach((s, i) => {
      const v = visible[i];
      const e =
        valueExtent(s.raw, v.start, v.end) ??
        valueExtent(s.raw, v.drawStart, v.drawEnd);
      if (e) {
        extent = extent
          ? [Math.min(extent[0], e[0]), Math.max(extent[1], e[1])]
          : e;
      }
    });
    const yTicks = niceDomain(extent?.[0] ?? 0, extent?.[1] ?? 1, 5);
    const yScale = linearScale(
      [yTicks.min, yTicks.max],
      [plot.bottom, plot.top],
    );
    const xTickCount = Math.max(
      2,
      Math.floor((plot.right - plot.left) / PIXELS_PER_X_TICK),
    );
    const xTicks =
      xAxis === 'step'
        ? niceTicks(xRange.min, xRange.max, xTickCount, 1)
        : niceTimeTicks(xRange.min, xRange.max, xTickCount);
    const paths = prepared.map((s, i) => {
      const v = visible[i];
      return {
        raw: seriesPath(s.xs, s.raw, xScale, yScale, v.drawStart, v.drawEnd),
        smoothed:
          smoothing > 0
            ? seriesPath(
                s.xs,
                s.smoothed,
                xScale,
                yScale,
                v.drawStart,
                v.drawEnd,
              )
            : undefined,
      };
    });
    const pointsDrawn = visible.reduce(
      (sum, v) => sum + (v.drawEnd - v.drawStart),
      0,
    );
    return { xScale, yScale, visible, yTicks, xTicks, paths, pointsDrawn };
  }, [
    prepared,
    xRange.min,
    xRange.max,
    plot.left,
    plot.right,
    plot.top,
    plot.bottom,
    xAxis,
    smoothing,
  ]);
  const { xScale, yScale, visible, yTicks, xTicks, paths } = geometry;
  const hasPoints = prepared.some(s => s.points.length > 0);

  // The series the readout and the arrow keys follow: the first with points
  // in view.
  const leadIndex = prepared.findIndex(
    (_s, i) => visible[i].end > visible[i].start,
  );
  const cursorPoints =
    cursorX === undefined
      ? undefined
      : prepared.map((s, i) =>
          nearestIndex(s.xs, cursorX, visible[i].start, visible[i].end),
        );

  const setZoomRange = (range: XRange) => setZoom({ axis: xAxis, range });
  const zoomIn = () =>
    setZoomRange(zoomBy(xRange, full, ZOOM_STEP, minSpan, cursorX));
  const zoomOut = () =>
    setZoomRange(zoomBy(xRange, full, 1 / ZOOM_STEP, minSpan, cursorX));
  const resetZoom = () => setZoom(undefined);

  const plotX = (event: MouseEvent): number => {
    const rect = svgRef.current?.getBoundingClientRect();
    const ratio = rect && rect.width > 0 ? width / rect.width : 1;
    const x = (event.clientX - (rect?.left ?? 0)) * ratio;
    return Math.min(plot.right, Math.max(plot.left, x));
  };

  const onMouseDown = (event: MouseEvent) => {
    if (event.button !== 0 || !hasPoints) return;
    event.preventDefault();
    const x = plotX(event);
    setDrag({ from: x, to: x });
  };
  const onMouseMove = (event: MouseEvent) => {
    const x = plotX(event);
    if (drag) setDrag({ ...drag, to: x });
    if (hasPoints) setCursorX(xScale.invert(x));
  };
  const onMouseUp = () => {
    if (drag && Math.abs(drag.to - drag.from) >= DRAG_THRESHOLD_PX) {
      setZoomRange(
        selectionRange(
          xScale.invert(drag.from),
          xScale.invert(drag.to),
          full,
          minSpan,
        ),
      );
    }
    setDrag(undefined);
  };
  const onMouseLeave = () => {
    setDrag(undefined);
    setCursorX(undefined);
  };

  const moveCursor = (
    to: (index: number, start: number, end: number) => number,
  ) => {
    if (leadIndex < 0) return;
    const lead = prepared[leadIndex];
    const { start, end } = visible[leadIndex];
    const current =
      cursorX === undefined
        ? undefined
        : nearestIndex(lead.xs, cursorX, start, end);
    const next = to(current ?? end, start, end);
    setCursorX(lead.xs[Math.min(end - 1, Math.max(start, next))]);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    switch (event.key) {
      case 'ArrowLeft':
        moveCursor(i => i - 1);
        break;
      case 'ArrowRight':
        moveCursor((i, _start, end) => (i >= end ? end - 1 : i + 1));
        break;
      case 'Home':
        moveCursor((_i, start) => start);
        break;
      case 'End':
        moveCursor((_i, _start, end) => end - 1);
        break;
      case '+':
      case '=':
        zoomIn();
        break;
      case '-':
      case '_':
        zoomOut();
        break;
      case '0':
        resetZoom();
        break;
      case 'Escape':
        setCursorX(undefined);
        setDrag(undefined);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const styles = prepared.map((_s, i) => seriesStyle(theme, i));
  const textColor = theme.palette.text.secondary;
  const gridColor = theme.palette.divider;
  const leadPoint =
    cursorPoints && leadIndex >= 0 ? cursorPoints[leadIndex] : undefined;
  const captions = downsampledCaption(prepared);
  const tableId = `${baseId}-values`;
  const readoutId = `${baseId}-readout`;
  const clipId = `${baseId}-clip`;

  return (
    <div
      className={classes.root}
      data-testid={testId}
      data-points={geometry.pointsDrawn}
    >
      <div className={classes.toolbar}>
        <Typography
          variant="subtitle1"
          component={titleComponent}
          className={classes.title}
        >
          {title}
        </Typography>
        <IconButton
          size="small"
          aria-label="Zoom in"
          title="Zoom in (+)"
          onClick={zoomIn}
          disabled={!hasPoints || xRange.max - xRange.min <= minSpan}
        >
          <ZoomInIcon fontSize="small" />
        </IconButton>
        <IconButton
          size="small"
          aria-label="Zoom out"
          title="Zoom out (−)"
          onClick={zoomOut}
          disabled={!zoomed}
        >
          <ZoomOutIcon fontSize="small" />
        </IconButton>
        <Button size="small" onClick={resetZoom} disabled={!zoomed}>
          Reset zoom
        </Button>
        <Button
          size="small"
          aria-expanded={showTable}
          aria-controls={showTable ? tableId : undefined}
          onClick={() => setShowTable(shown => !shown)}
          disabled={!hasPoints}
        >
          {showTable ? 'Hide values' : 'Show values'}
        </Button>
      </div>
      {prepared.length > 1 && (
        <ul className={classes.legend} aria-label={`Series of ${title}`}>
          {prepared.map((s, i) => (
            <li key={`${s.label}-${i}`} className={classes.legendItem}>
              <svg width={24} height={8} aria-hidden="true">
                <line
                  x1={0}
                  y1={4}
                  x2={24}
                  y2={4}
                  stroke={styles[i].color}
                  strokeWidth={2}
                  strokeDasharray={styles[i].dash}
                />
              </svg>
              <Typography variant="body2" component="span">
                {s.label}
              </Typography>
            </li>
          ))}
        </ul>
      )}
      <div ref={containerRef}>
        <svg
          ref={svgRef}
          className={classes.svg}
          width={width}
          height={height}
          role="img"
          aria-label={chartLabel(title, prepared)}
          aria-describedby={readoutId}
          aria-keyshortcuts="ArrowLeft ArrowRight Home End + - 0 Escape"
          tabIndex={0}
          onMouseDown={onMouseDown}
          onMouseMove={onMouseMove}
          onMouseUp={onMouseUp}
          onMouseLeave={onMouseLeave}
          onKeyDown={onKeyDown}
          onBlur={() => setCursorX(undefined)}
        >
          <defs>
            <clipPath id={clipId}>
              <rect
                x={plot.left}
                y={plot.top - 2}
                width={plot.right - plot.left}
                height={plot.bottom - plot.top + 4}
              />
            </clipPath>
          </defs>
          {yTicks.values.map(value => (
            <g key={`y${value}`}>
              <line
                x1={plot.left}
                x2={plot.right}
                y1={yScale(value)}
                y2={yScale(value)}
                stroke={gridColor}
              />
              <text
                x={plot.left - 6}
                y={yScale(value)}
                dy="0.32em"
                textAnchor="end"
                fill={textColor}
              >
                {formatTick(value, yTicks.step)}
              </text>
            </g>
          ))}
          {xTicks.values.map(value => (
            <g key={`x${value}`}>
              <line
                x1={xScale(value)}
                x2={xScale(value)}
                y1={plot.bottom}
                y2={plot.bottom + 4}
                stroke={textColor}
              />
              <text
                x={xScale(value)}
                y={plot.bottom + 16}
                textAnchor="middle"
                fill={textColor}
              >
                {xAxis === 'step'
                  ? formatTick(value, xTicks.step)
                  : formatTimeTick(value, xTicks.step)}
              </text>
            </g>
          ))}
          <line
            x1={plot.left}
            x2={plot.right}
            y1={plot.bottom}
            y2={plot.bottom}
            stroke={textColor}
          />
          <text
            x={(plot.left + plot.right) / 2}
            y={height - 6}
            textAnchor="middle"
            fill={textColor}
          >
            {xAxis === 'step' ? 'Step' : 'Time'}
          </text>
          <text
            transform={`translate(14 ${
              (plot.top + plot.bottom) / 2
            }) rotate(-90)`}
            textAnchor="middle"
            fill={textColor}
          >
            {title}
          </text>
          <g clipPath={`url(#${clipId})`} fill="none" strokeWidth={2}>
            {paths.map((path, i) => (
              <g
                key={`${prepared[i].label}-${i}`}
                stroke={styles[i].color}
                strokeDasharray={styles[i].dash}
              >
                <path
                  d={path.raw}
                  data-line="raw"
                  strokeOpacity={path.smoothed === undefined ? 1 : 0.25}
                  strokeWidth={path.smoothed === undefined ? 2 : 1}
                />
                {path.smoothed !== undefined && (
                  <path d={path.smoothed} data-line="smoothed" />
                )}
              </g>
            ))}
          </g>
          {leadPoint !== undefined && (
            <line
              x1={xScale(prepared[leadIndex].xs[leadPoint])}
              x2={xScale(prepared[leadIndex].xs[leadPoint])}
              y1={plot.top}
              y2={plot.bottom}
              stroke={textColor}
              strokeDasharray="3 3"
            />
          )}
          {cursorPoints?.map((index, i) => {
            if (index === undefined) return null;
            const s = prepared[i];
            const y = smoothing > 0 ? s.smoothed[index] : s.raw[index];
            if (!Number.isFinite(y)) return null;
            return (
              <circle
                key={`${s.label}-${i}`}
                cx={xScale(s.xs[index])}
                cy={yScale(y)}
                r={4}
                fill={styles[i].color}
                stroke={theme.palette.background.paper}
              />
            );
          })}
          {drag && (
            <rect
              x={Math.min(drag.from, drag.to)}
              y={plot.top}
              width={Math.abs(drag.to - drag.from)}
              height={plot.bottom - plot.top}
              fill={theme.palette.primary.main}
              fillOpacity={0.15}
            />
          )}
          {!hasPoints && (
            <text
              x={(plot.left + plot.right) / 2}
              y={(plot.top + plot.bottom) / 2}
              textAnchor="middle"
              fill={textColor}
            >
              No values logged yet
            </text>
          )}
        </svg>
      </div>
      <Typography
        id={readoutId}
        variant="body2"
        component="div"
        className={classes.readout}
        aria-live="polite"
      >
        <Readout
          series={prepared}
          indexes={cursorPoints ?? prepared.map(s => s.points.length - 1)}
          latest={cursorPoints === undefined}
          smoothing={smoothing}
        />
      </Typography>
      <Typography variant="caption" color="textSecondary" component="p">
        {[...captions, hasPoints ? 'Drag across the plot to zoom in.' : '']
          .filter(Boolean)
          .join(' · ')}
      </Typography>
      {showTable && (
        <MetricValuesTable
          id={tableId}
          caption={`Newest values of ${title}`}
          series={prepared}
          smoothed={smoothing > 0}
        />
      )}
    </div>
  );
}

/** The values of each series at the cursor, or their newest values. */
function Readout(props: {
  series: readonly PreparedSeries[];
  indexes: readonly (number | undefined)[];
  latest: boolean;
  smoothing: number;
}) {
  const { series, indexes, latest, smoothing } = props;
  const named = series.length > 1;
  const lines = series.flatMap((s, i) => {
    const index = indexes[i];
    if (index === undefined || index < 0) return [];
    const point = s.points[index];
    let prefix = named ? `${s.label}: ` : '';
    if (latest) prefix = named ? `${s.label}, latest: ` : 'Latest: ';
    const smoothed =
      smoothing > 0
        ? ` (smoothed ${formatMetricValue(s.smoothed[index])})`
        : '';
    return [
      `${prefix}step ${point.step}, value ${formatMetricValue(
        s.raw[index],
      )}${smoothed}, ${formatMetricTime(point.timestamp)}`,
    ];
  });
  return (
    <>
      {lines.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </>
  );
}
